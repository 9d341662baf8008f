// path.win32: drives, UNC roots, relative, parse and namespaced paths.
'use strict';
const assert = require('assert');
const { win32 } = require('path');

assert.strictEqual(win32.resolve('c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'), 'd:\\e.exe');
assert.strictEqual(win32.resolve('c:/blah\\blah', 'd:/games', 'c:../a'), 'c:\\blah\\a');
assert.strictEqual(win32.resolve('\\\\server\\share', '..', 'relative\\'), '\\\\server\\share\\relative');
assert.strictEqual(win32.normalize('C:/a//b/../c/.'), 'C:\\a\\c');
assert.strictEqual(win32.normalize('//server/share'), '\\\\server\\share\\');
assert.strictEqual(win32.join('//server', 'share'), '\\\\server\\share\\');
assert.strictEqual(win32.join('\\\\\\a', 'b'), '\\a\\b');
assert.strictEqual(win32.relative('C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'), '..\\..\\impl\\bbb');
assert.strictEqual(win32.relative('c:/AaAa/bbbb', 'c:/aaaa/cccc'), '..\\cccc');
assert.deepStrictEqual(win32.parse('C:\\p\\dir\\file.txt'),
                       { root: 'C:\\', dir: 'C:\\p\\dir', base: 'file.txt', ext: '.txt', name: 'file' });
assert.strictEqual(win32.dirname('\\\\srv\\share\\f'), '\\\\srv\\share\\');
assert.strictEqual(win32.basename('C:foo.html', '.html'), 'foo');
assert.strictEqual(win32.toNamespacedPath('C:\\foo'), '\\\\?\\C:\\foo');
assert.strictEqual(win32.toNamespacedPath('\\\\foo\\bar'), '\\\\?\\UNC\\foo\\bar\\');
assert.strictEqual(win32.isAbsolute('c:'), false);
assert.strictEqual(require('path/win32'), win32);
