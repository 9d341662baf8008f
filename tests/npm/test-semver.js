// semver: many small modules wired by relative requires; classes and regexps.
'use strict';
const { check, eq, throws } = require('./support/check');
const semver = require('semver');

check('satisfies/inc/maxSatisfying', () => {
  eq(semver.satisfies('1.2.3', '^1.0.0'), true);
  eq(semver.satisfies('2.0.0', '^1.0.0'), false);
  eq(semver.inc('1.2.3', 'minor'), '1.3.0');
  eq(semver.inc('1.2.3-beta.1', 'prerelease'), '1.2.3-beta.2');
  eq(semver.maxSatisfying(['1.0.0', '1.5.0', '2.0.0'], '~1'), '1.5.0');
});
check('parse/compare/sort', () => {
  const v = semver.parse('v3.4.5-rc.1+build.7');
  eq([v.major, v.minor, v.patch, v.prerelease, v.build], [3, 4, 5, ['rc', 1], ['build', '7']]);
  eq(semver.compare('1.0.0', '1.0.1'), -1);
  eq(semver.sort(['1.10.0', '1.2.0', '1.9.9']), ['1.2.0', '1.9.9', '1.10.0']);
  eq(semver.valid('nope'), null);
  eq(semver.coerce('v2').version, '2.0.0');
});
check('ranges', () => {
  eq(new semver.Range('>=1.2.7 <1.3.0 || 2.x').range, '>=1.2.7 <1.3.0||>=2.0.0 <3.0.0-0');
  eq(semver.minVersion('>1.4.2').version, '1.4.3');
  eq(semver.intersects('^1.2.0', '1.x'), true);
  throws(() => new semver.SemVer('x.y.z'), /Invalid Version/);
});
check('subpath require', () => {
  const gt = require('semver/functions/gt');
  eq(gt('1.0.1', '1.0.0'), true);
});
