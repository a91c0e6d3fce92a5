const m = await import('/work/wt/13/bench/dashboard.ts');
await m.run();
