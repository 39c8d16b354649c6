import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Text a person reads must come from the catalogues; JSX may only hold whitespace, punctuation and symbols. */
const ALLOWED = /^[\s·•★|/()\-–—:,.!?…×+%#*]*$/u;

function literalTextIn(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && !ALLOWED.test(node.getText())) found.push(node.getText().trim());
    if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteral(node.expression) && !ALLOWED.test(node.expression.text)) {
      found.push(node.expression.text);
    }
    if (ts.isJsxAttribute(node) && ['aria-label', 'title', 'placeholder', 'alt'].includes(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && !ALLOWED.test(node.initializer.text)) {
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' || entry.name === 'test' ? [] : tsxFiles(file);
    return entry.name.endsWith('.tsx') && !entry.name.includes('.test.') ? [file] : [];
  });
}

describe('UI text', () => {
  it('has no literal text in JSX', () => {
    const offenders = tsxFiles(path.join(__dirname, '..')).flatMap((file) =>
      literalTextIn(file).map((text) => `${path.relative(path.join(__dirname, '..'), file)}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });

  it('catches literal text when there is some', () => {
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'jsx-'));
    const file = path.join(dir, 'Bad.tsx');
    fs.writeFileSync(file, 'export const Bad = () => <p title="Hello">Book now · <b>{"Pay"}</b></p>;');
    expect(literalTextIn(file).sort()).toEqual(['Book now ·', 'Pay', 'title="Hello"']);
  });
});
