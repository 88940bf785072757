/**
 * Writes the data that makes @node-rs/jieba cut as nodejieba (see
 * src/rust-jieba-dict.ts): data/zh/jieba-rs-dict-patch.txt from both
 * packages' dictionaries, then data/zh/jieba-weak-words.txt from the patched
 * dictionary, and cppjieba's HMM (data/zh/jieba-hmm.json and
 * jieba-hmm-emit.bin, see src/jieba-hmm.ts) from nodejieba's hmm_model.utf8.
 * `npx tsx scripts/jieba-rs-data.ts`, after either package changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dataFileUrl } from '../src/data-file.js';
import { HMM_EMIT, HMM_MODEL, parseHmmModel } from '../src/jieba-hmm.js';
import { DICT_PATCH, WEAK_WORDS, dictPatchLines, loadCppjiebaDict, rustJiebaDictPath, weakWordLines } from '../src/rust-jieba-dict.js';

const require = createRequire(import.meta.url);
const cppjiebaFile = (name: string) => readFileSync(require.resolve('nodejieba').replace(/index\.js$/, `submodules/cppjieba/dict/${name}`), 'utf8');
const cppDict = cppjiebaFile('jieba.dict.utf8');

function write(path: string, comment: string, lines: string[]): void {
  writeFileSync(fileURLToPath(dataFileUrl(path)), `${comment.replace(/^/gm, '# ')}\n${lines.join('\n')}\n`);
  console.log(`wrote ${lines.length} lines to data/${path}`);
}

write(DICT_PATCH, 'How nodejieba\'s dictionary (cppjieba\'s jieba.dict.utf8) differs from @node-rs/jieba\'s dict.txt,\nwhich is loaded with this patch (src/rust-jieba-dict.ts): "- line" is dropped, "+ line" added.\nMade by scripts/jieba-rs-data.ts; a test checks it is current.',
  dictPatchLines(readFileSync(rustJiebaDictPath(), 'utf8'), cppDict));
const jieba = loadCppjiebaDict();
write(WEAK_WORDS, 'Dictionary words that @node-rs/jieba\'s route cuts smaller even alone, with their tags (src/rust-jieba-dict.ts).\nMade by scripts/jieba-rs-data.ts; a test checks it is current.',
  weakWordLines(cppDict, (text) => jieba.tag(text, false)));

const { start, trans, chars, emit } = parseHmmModel(cppjiebaFile('hmm_model.utf8'));
writeFileSync(fileURLToPath(dataFileUrl(HMM_MODEL)), `${JSON.stringify({ $comment: 'cppjieba\'s HMM (nodejieba\'s hmm_model.utf8, MIT); emission scores in jieba-hmm-emit.bin, 4 little-endian doubles (B, E, M, S) per character of chars. Made by scripts/jieba-rs-data.ts.', start, trans, chars }, null, 1)}\n`);
writeFileSync(fileURLToPath(dataFileUrl(HMM_EMIT)), new Uint8Array(emit.buffer));
console.log(`wrote data/${HMM_MODEL} and data/${HMM_EMIT}: ${chars.length} characters`);
