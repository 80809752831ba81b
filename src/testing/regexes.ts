import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A regular expression written in the source: a literal, or `new RegExp('...')` with literal arguments. */
export interface SourceRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/** A `RegExp` built from non-literal parts, which no static checker can judge. */
export interface DynamicRegex {
  file: string;
  line: number;
  text: string;
}

/** Every regex of the non-test TypeScript under `srcDir`, found with the TypeScript parser (no guessing at `/`). */
export function regexesOf(srcDir: string): { literal: SourceRegex[]; dynamic: DynamicRegex[] } {
  const literal: SourceRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'testing') walk(path);
      } else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) files.push(path);
    }
  };
  walk(srcDir);
  for (const path of files) {
    const file = relative(srcDir, path);
    const sourceFile = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    const lineOf = (node: ts.Node): number => sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const slash = text.lastIndexOf('/');
        literal.push({ file, line: lineOf(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        const isText = (argument: ts.Expression | undefined): argument is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
          argument !== undefined && (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument));
        if (isText(pattern) && (flags === undefined || isText(flags))) literal.push({ file, line: lineOf(node), source: pattern.text, flags: flags?.text ?? '' });
        else dynamic.push({ file, line: lineOf(node), text: node.getText().replace(/\s+/g, ' ').slice(0, 100) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { literal, dynamic };
}

/** The key a verdict is recorded under: flags, then the source, like `/source/flags` reversed. */
export const regexKey = (regex: Pick<SourceRegex, 'source' | 'flags'>): string => `${regex.flags}/${regex.source}`;
