import functions from './functions.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(functions, {
  fires: [
    { source: 'Use rgb() for colours', target: 'Utilisez rvb() pour les couleurs', message: /rgb\(\) became rvb\(\)/ },
    { source: 'Call window.resizeBy() first', target: 'Appelez d’abord la fonction', message: /missing window\.resizeBy\(\)/ },
    { source: 'mount doesn’t implement “eject” or “eject_with_operation”', target: 'точка монтирования не поддерживает «извлечение» или «извлечение_с_операцией»', locale: 'ru', message: /eject_with_operation translated or dropped/ },
    { source: 'ai_family not supported', target: 'AI_FAMILY를 지원하지 않습니다', locale: 'ko', message: /ai_family translated/, why: 'C names are case-sensitive' },
  ],
  quiet: [
    { source: 'Use rgb() for colours', target: 'Utilisez rgb() pour les couleurs' },
    { source: 'Delete file(s)', target: 'Supprimer le(s) fichier(s)', why: '"(s)" is not a call' },
    { source: 'e.g. this', target: 'p. ex. ceci' },
    { source: 'Regular e_xpression', target: 'E_xpressão regular', locale: 'pt', why: 'a GTK mnemonic inside a word is no code name' },
    { source: 'Stream doesn’t support query_info', target: 'Le flux ne prend pas en charge query_info' },
    { source: 'Stream doesn’t support query_info', target: '스트림이 query_info를 지원하지 않습니다', locale: 'ko', why: 'a Korean particle glued to the name' },
    { source: 'Usage: %s --coreutils-prog=PROGRAM_NAME', target: 'Uso: %s --coreutils-prog=NOMBRE_PROGRAMA', locale: 'es', why: 'metavariables in capitals may be translated' },
    { source: 'See /usr/share/doc/apt_preferences', target: 'Voir /usr/share/doc/apt_preferences', why: 'inside a path' },
    { source: 'Use --no_color', target: 'Utilisez --no_color', why: 'part of an option' },
  ],
});
