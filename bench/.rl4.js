const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let i = 0; i < 3; i++) {
  const t = cpu(); const w = Date.now(); require('lodash'); console.log('require', (cpu() - t).toFixed(1), Date.now() - w);
  delete require.cache[require.resolve('lodash')];
}
console.log(process.moduleLoadList.length);
