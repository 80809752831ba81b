import tagOrder from './tag-order.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(tagOrder, {
  fires: [{ source: '<b>a</b><i>b</i>', target: '<i>b</i><b>a</b>', message: /another order/ }],
  quiet: [
    { source: '<b>a</b><i>b</i>', target: '<b>x</b><i>y</i>' },
    { source: '<b>a</b>', target: 'a', why: 'missing tags are markup/tags' },
  ],
});
