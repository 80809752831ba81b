/**
 * Parser and evaluator for gettext `plural=` expressions (the C subset gettext accepts).
 * It is a real parser over a closed grammar: nothing from the file is ever run as code.
 */

type Node =
  | { kind: 'n' }
  | { kind: 'number'; value: number }
  | { kind: 'unary'; op: '!' | '-'; operand: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node }
  | { kind: 'conditional'; test: Node; then: Node; else: Node };

export class PluralExpressionError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

const MAX_LENGTH = 2000;
const MAX_DEPTH = 100;

// Lower index binds looser; all binary operators are left-associative.
const BINARY_LEVELS: string[][] = [['||'], ['&&'], ['==', '!='], ['<', '>', '<=', '>='], ['+', '-'], ['*', '/', '%']];

const TOKEN = /\s*(\d+|n|\|\||&&|==|!=|<=|>=|[-+*/%<>!?:()])/y;

export interface PluralExpression {
  evaluate(n: number): number;
  text: string;
}

export function parsePluralExpression(text: string): PluralExpression {
  if (text.length > MAX_LENGTH) throw new PluralExpressionError(`expression longer than ${MAX_LENGTH} characters`, 0);
  const tokens = tokenize(text);
  let position = 0;
  let depth = 0;

  const peek = (): string | undefined => tokens[position]?.text;
  const offsetHere = (): number => tokens[position]?.offset ?? text.length;
  const expect = (token: string): void => {
    if (peek() !== token) throw new PluralExpressionError(`expected "${token}"`, offsetHere());
    position++;
  };
  const enter = (): void => {
    if (++depth > MAX_DEPTH) throw new PluralExpressionError('expression nested too deeply', offsetHere());
  };

  function conditional(): Node {
    enter();
    const test = binary(0);
    let node = test;
    if (peek() === '?') {
      position++;
      const whenTrue = conditional();
      expect(':');
      const whenFalse = conditional();
      node = { kind: 'conditional', test, then: whenTrue, else: whenFalse };
    }
    depth--;
    return node;
  }

  function binary(level: number): Node {
    if (level === BINARY_LEVELS.length) return unary();
    let left = binary(level + 1);
    while (BINARY_LEVELS[level]!.includes(peek() ?? '')) {
      const op = tokens[position++]!.text;
      left = { kind: 'binary', op, left, right: binary(level + 1) };
    }
    return left;
  }

  function unary(): Node {
    const token = peek();
    if (token === '!' || token === '-') {
      position++;
      enter();
      const node: Node = { kind: 'unary', op: token, operand: unary() };
      depth--;
      return node;
    }
    return primary();
  }

  function primary(): Node {
    const token = peek();
    if (token === undefined) throw new PluralExpressionError('unexpected end of expression', text.length);
    position++;
    if (token === 'n') return { kind: 'n' };
    if (token === '(') {
      const inner = conditional();
      expect(')');
      return inner;
    }
    if (/^\d+$/.test(token)) {
      const value = Number(token);
      if (!Number.isSafeInteger(value)) throw new PluralExpressionError(`number ${token} is too large`, tokens[position - 1]!.offset);
      return { kind: 'number', value };
    }
    throw new PluralExpressionError(`unexpected "${token}"`, tokens[position - 1]!.offset);
  }

  const root = conditional();
  if (position < tokens.length) throw new PluralExpressionError(`unexpected "${peek()}" after the expression`, offsetHere());
  return { text, evaluate: (n) => evaluate(root, n) };
}

function tokenize(text: string): { text: string; offset: number }[] {
  const tokens: { text: string; offset: number }[] = [];
  TOKEN.lastIndex = 0;
  let offset = 0;
  while (offset < text.length) {
    if (/^\s*$/.test(text.slice(offset))) break;
    TOKEN.lastIndex = offset;
    const match = TOKEN.exec(text);
    if (!match) {
      const at = offset + (text.slice(offset).length - text.slice(offset).trimStart().length);
      throw new PluralExpressionError(`unexpected character "${text[at]}"`, at);
    }
    tokens.push({ text: match[1]!, offset: match.index + match[0].length - match[1]!.length });
    offset = TOKEN.lastIndex;
  }
  return tokens;
}

function evaluate(node: Node, n: number): number {
  switch (node.kind) {
    case 'n':
      return n;
    case 'number':
      return node.value;
    case 'unary': {
      const value = evaluate(node.operand, n);
      return node.op === '!' ? (value === 0 ? 1 : 0) : -value;
    }
    case 'conditional':
      return evaluate(node.test, n) !== 0 ? evaluate(node.then, n) : evaluate(node.else, n);
    case 'binary': {
      const left = evaluate(node.left, n);
      if (node.op === '||') return left !== 0 || evaluate(node.right, n) !== 0 ? 1 : 0;
      if (node.op === '&&') return left !== 0 && evaluate(node.right, n) !== 0 ? 1 : 0;
      const right = evaluate(node.right, n);
      switch (node.op) {
        case '==': return left === right ? 1 : 0;
        case '!=': return left !== right ? 1 : 0;
        case '<': return left < right ? 1 : 0;
        case '>': return left > right ? 1 : 0;
        case '<=': return left <= right ? 1 : 0;
        case '>=': return left >= right ? 1 : 0;
        case '+': return left + right;
        case '-': return left - right;
        case '*': return left * right;
        // Division by zero is an arithmetic error in gettext too; report it as NaN form.
        case '/': return right === 0 ? Number.NaN : Math.trunc(left / right);
        case '%': return right === 0 ? Number.NaN : left % right;
      }
    }
  }
  return Number.NaN;
}

/** Parses a whole `Plural-Forms` header value: `nplurals=N; plural=EXPR;`. */
export function parsePluralFormsHeader(value: string): { count: number; expression: PluralExpression; trailing: string } {
  // gettext reads up to the expression's end; anything after the next ";" is junk it ignores.
  const match = /^\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*([^;]*?)\s*(?:;([\s\S]*))?$/.exec(value);
  if (!match) throw new PluralExpressionError('expected "nplurals=N; plural=EXPRESSION;"', 0);
  const count = Number(match[1]);
  if (!Number.isSafeInteger(count) || count < 1 || count > 100) {
    throw new PluralExpressionError(`nplurals=${match[1]} is out of range (1 to 100)`, 0);
  }
  const expressionStart = value.indexOf(match[2]!, value.indexOf('plural='));
  try {
    return { count, expression: parsePluralExpression(match[2]!), trailing: (match[3] ?? '').trim() };
  } catch (error) {
    if (error instanceof PluralExpressionError) throw new PluralExpressionError(error.message, expressionStart + error.offset);
    throw error;
  }
}
