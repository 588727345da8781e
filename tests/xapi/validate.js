// Validates xAPI statements with Learning Locker's validator
// (xapi-validation): reads a JSON array of statements from the file named
// on the command line, prints every problem, exits 1 if there is any.
'use strict';
const fs = require('fs');
const validate = require('xapi-validation').default;

const statements = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
if (!Array.isArray(statements) || statements.length === 0) {
  console.error('expected a non-empty array of statements');
  process.exit(1);
}
let problems = 0;
statements.forEach((s, i) => {
  const warnings = validate(s);
  for (const w of warnings) {
    problems++;
    console.error(`statement ${i} (${s.verb && s.verb.id}): ${w.path ? w.path.join('.') : ''}: ${w.message || JSON.stringify(w)}`);
  }
});
console.log(`${statements.length} statements, ${problems} problems`);
process.exit(problems ? 1 : 0);
