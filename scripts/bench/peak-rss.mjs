// Preloaded by the bench into a CLI run: reports the process's peak RSS and CPU time (worker threads included) on exit.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS} cpu-us ${user + system}\n`);
});
