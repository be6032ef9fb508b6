import { createFileBookmarkService } from '../../electron/bookmarks/bookmark-file-store';

/** The crash test's victim: adds, updates and removes bookmarks as fast as it can, printing a line only once each write is acknowledged. */
async function main(directory: string): Promise<void> {
  // A low compaction threshold makes kills land during snapshot rewrites too, not only journal appends.
  const store = createFileBookmarkService(directory, { compactAfter: 25 });
  const { bookmarks, notice } = await store['bookmarks:list'](undefined);
  if (notice) throw new Error(`store needed recovery: ${notice.message}`);
  const ids = bookmarks.map((bookmark) => bookmark.id);
  const run = process.pid;
  process.stdout.write('ready\n');
  for (let step = 0; ; step += 1) {
    if (ids.length > 4 && step % 5 === 4) {
      // Removes an older bookmark, so a replay that brings deleted ones back would show.
      const [id] = ids.splice(step % (ids.length - 1), 1) as [string];
      // Announced first: a kill during the removal may leave the bookmark either way, and the parent must know that.
      process.stdout.write(`removing ${id}\n`);
      await store['bookmarks:remove']({ ids: [id] });
      process.stdout.write(`remove ${id}\n`);
    } else if (ids.length === 0 || step % 2 === 0) {
      const title = `run ${run} step ${step}`;
      const added = await store['bookmarks:add']({
        target: { documentId: `doc-${run}-${step}`, kind: 'instrument' },
        title,
      });
      ids.push(added.id);
      process.stdout.write(`add ${added.id} ${title}\n`);
    } else {
      const id = ids[step % ids.length] as string;
      // The note carries a time-ordered counter, so the file may hold a later value than acknowledged, never an earlier one.
      const note = String(Date.now() * 1000 + (step % 1000));
      await store['bookmarks:update']({ id, note });
      process.stdout.write(`update ${id} ${note}\n`);
    }
  }
}

main(process.argv[2] as string).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
