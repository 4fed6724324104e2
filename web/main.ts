// Entry of the web UI: owns the page state. (The UI is built in the web issues; this placeholder only boots.)
const app = document.getElementById('app');
if (app) app.textContent = 'banradius';
