import { baseCompile } from '@intlify/message-compiler';
import type { Plugin } from 'vite';

type Tree = { [key: string]: string | Tree };

/** Every message string → the AST vue-i18n's runtime formats without its compiler. */
export function compileMessages(tree: Tree): unknown {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => {
      if (typeof value !== 'string') return [key, compileMessages(value)];
      const { ast } = baseCompile(value, {
        jit: true,
        location: false,
        onError: (error) => {
          throw error;
        },
      });
      return [key, ast];
    }),
  );
}

/**
 * In production builds, replaces `src/i18n/<locale>.ts` with its messages precompiled, so the
 * message compiler (about a third of vue-i18n) stays out of the bundle. Dev and tests compile at
 * run time as usual.
 */
export function precompileMessages(locales: Record<string, Tree>): Plugin {
  return {
    name: 'lantern:precompile-messages',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      const match = /\/src\/i18n\/(\w+)\.ts$/.exec(id);
      const messages = match?.[1] ? locales[match[1]] : undefined;
      if (!match?.[1] || !messages) return null;
      return `export const ${match[1]} = ${JSON.stringify(compileMessages(messages))};\n`;
    },
  };
}
