window.pageGlobal = 1;
const bridge = window.api;
(async () => {
  const d = bridge.data;
  bridge.report(`data: ${d.map instanceof Map && d.map.get('k') === 1} ${d.set instanceof Set && d.set.has(2)} ` +
    `${d.re instanceof RegExp && d.re.flags === 'g'} ${d.date instanceof Date && d.date.getTime() === 5} ` +
    `${d.bytes instanceof Uint8Array && d.bytes.join() === '1,2'} ${d.self === d} ${d.list.length} ${Object.isFrozen(d)}`);
  const e = bridge.echo({ a: [1, { b: 2 }] });
  bridge.report(`echo: ${JSON.stringify(e)} ${e.constructor === Object}`);
  bridge.report(`call: ${bridge.call((x) => x * 2)}`);
  const m = await bridge.later();
  bridge.report(`later: ${m instanceof Map && m.get(1) === 2}`);
  try { await bridge.rejects(); } catch (err) { bridge.report(`rejects: ${err instanceof Error} ${err.message}`); }
  try { bridge.throws(); } catch (err) { bridge.report(`throws: ${err instanceof Error} ${err.message}`); }
  bridge.report(`isolated sees page global: ${bridge.isolatedSees()}`);
  bridge.report('done');
})();
