// The handouts command's entry point (`npm run handouts`, `npm run build`).
// React and react-pdf run their production builds: the development checks cost a third of the time here.
process.env.NODE_ENV ??= 'production';

const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));

export {};
