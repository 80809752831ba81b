import ip from './ip.js';
import { testCheck } from '../../testing/check-tester.js';

testCheck(ip, {
  fires: [
    { source: 'Connect to 10.0.0.1', target: 'Connexion à 10.0.0.2', message: /address 10\.0\.0\.1 became 10\.0\.0\.2/ },
    { source: 'Server ::1 or 192.168.1.10', target: 'Serveur ::1', message: /missing address 192\.168\.1\.10/ },
    { source: 'Server 10.0.0.1', target: 'Serveur 10.0.0.2', message: /became 10\.0\.0\.2/, why: '"Server" ends in "ver" but is not "version"' },
  ],
  quiet: [
    { source: 'Connect to 10.0.0.1.', target: 'Connexion à 10.0.0.1.' },
    { source: 'Version 1.2.3.4 released', target: 'Version 1.2.3.5 publiée', why: 'version numbers are number/mismatch territory' },
    { source: 'Open http://192.168.0.1/admin', target: 'Ouvrez http://192.168.0.2/admin', why: 'inside a URL: url/urls reports it' },
    { source: 'At 10:30:45', target: 'À 10:30:45' },
  ],
});
