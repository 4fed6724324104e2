/**
 * The page's stylesheets in cascade order: each feature folder keeps its own CSS, and later files win over
 * earlier ones at equal specificity. A new panel adds its stylesheet here, before `last.css`.
 */
import './base.css';
import './layout.css';
import '../graph/graph.css';
import '../simulate/panel.css';
import '../simulate/summary.css';
import '../simulate/table.css';
import '../takeover/takeover.css';
import '../risk/risk.css';
import './alerts.css';
import '../editor/editor.css';
import '../editor/catalog.css';
import '../editor/ways.css';
import '../graph/graph-edit.css';
import '../survey/survey.css';
import './dialogs.css';
import '../import/import.css';
import './narrow.css';
import './last.css';
