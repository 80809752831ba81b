import gconf from './gconf.js';
import { testCheck } from '../../testing/check-tester.js';

const schema = ['#: data/org.gnome.app.gschema.xml.in:12'];

testCheck(gconf, {
  fires: [
    { source: 'Sort by "modification_date"', target: 'Trier par « date_de_modification »', comments: schema, message: /"modification_date"/ },
  ],
  quiet: [
    { source: 'Sort by "modification_date"', target: 'Trier par « modification_date »', comments: schema, why: 'quotes may change' },
    { source: 'Sort by "name"', target: 'Trier par « nom »', why: 'not from a schema file' },
  ],
});
