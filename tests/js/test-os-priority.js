// os.getPriority/setPriority: Node's argument errors and SystemError.
'use strict';
const assert = require('assert');
const os = require('os');
const { PRIORITY_LOW, PRIORITY_HIGHEST } = os.constants.priority;

assert.strictEqual(PRIORITY_LOW, 19);
assert.strictEqual(PRIORITY_HIGHEST, -20);
assert.throws(() => os.getPriority('x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: /^The "pid" argument must be of type number\./,
});
assert.throws(() => os.setPriority(0, 20), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. Received 20',
});
const before = os.getPriority();
os.setPriority(before + 1 > 19 ? 19 : before + 1);
assert.strictEqual(os.getPriority(0), before + 1 > 19 ? 19 : before + 1);
assert.throws(() => os.getPriority(-1), (e) => {
  assert.strictEqual(e.name, 'SystemError');
  assert.strictEqual(e.code, 'ERR_SYSTEM_ERROR');
  assert.match(e.message, /^A system error occurred: uv_os_getpriority returned ESRCH \(no such process\)$/);
  assert.strictEqual(e.info.code, 'ESRCH');
  assert.strictEqual(e.errno, -3);
  assert.strictEqual(e.syscall, 'uv_os_getpriority');
  return true;
});
