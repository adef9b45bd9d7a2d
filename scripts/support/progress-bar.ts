// A progress report for long commands: a bar redrawn in place on a terminal,
// or a line at each tenth of the way when the output goes to a file or a log
// (where carriage returns would pile up into one unreadable line).

const WIDTH = 30;

export type ProgressReporter = { update: (done: number, total: number) => void; finish: () => void };

const formatCount = (n: number) => n.toLocaleString("en").replaceAll(",", " ");

export function progressLine(done: number, total: number, width: number = WIDTH): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(ratio * width);
  const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
  return `${bar} ${String(Math.floor(ratio * 100)).padStart(3)}%  ${formatCount(done)} / ${formatCount(total)}`;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, label = ""): ProgressReporter {
  const prefix = label ? `${label} ` : "";
  let lastTenth = -1;
  let drawn = false;
  return {
    update(done, total) {
      if (stream.isTTY) {
        stream.write(`\r${prefix}${progressLine(done, total)}`);
        drawn = true;
        return;
      }
      const tenth = total > 0 ? Math.floor((Math.min(done, total) / total) * 10) : 10;
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      stream.write(`${prefix}${tenth * 10}% (${formatCount(done)} / ${formatCount(total)})\n`);
    },
    finish() {
      if (drawn) stream.write("\n");
    },
  };
}
