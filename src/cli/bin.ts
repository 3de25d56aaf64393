import { main } from './main';
import { nodeIo } from './io';

main(process.argv.slice(2), nodeIo).then((code) => {
  process.exitCode = code;
});
