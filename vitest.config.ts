// Test runner configuration, kept apart from vite.config.ts (whose root is web/) so vitest finds test/.
// test/package.test.ts packs and installs the package (minutes): .ci/run runs it after `npm test` with
// BANRADIUS_PACKAGE_TEST=1; without it, `vitest run` leaves that file out.
import { configDefaults, defineConfig } from 'vitest/config';

const packageTest = process.env.BANRADIUS_PACKAGE_TEST === '1';

export default defineConfig({
  test: {
    include: packageTest ? ['test/package.test.ts'] : ['test/**/*.test.ts'],
    exclude: packageTest ? configDefaults.exclude : [...configDefaults.exclude, 'test/package.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
