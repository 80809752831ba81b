import componentTags from './component-tags.js';
import { testCheck } from '../../testing/check-tester.js';

const f = ['automattic-components-format'];

testCheck(componentTags, {
  fires: [
    { source: 'They bought {{strong}}apples{{/strong}}.', target: 'Ils ont acheté {{strong}}des pommes.', flags: f, message: /missing \{\{\/strong\}\}/ },
    { source: 'Click {{link}}here{{/link}}', target: 'Cliquez {{lien}}ici{{/lien}}', flags: f, message: /missing \{\{link\}\}/ },
    { source: 'Click {{link}}here{{/link}}', target: 'Cliquez ici', message: /missing/, why: 'flagless catalog: a closing {{/x}} is unambiguous' },
  ],
  quiet: [
    { source: 'They bought {{strong}}apples{{/strong}}.', target: '{{strong}}Des pommes{{/strong}} ont été achetées.', flags: f },
    { source: 'Line{{br/}}break', target: 'Saut{{ br/ }}de ligne', flags: f },
  ],
});
