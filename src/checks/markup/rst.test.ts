import rst from './rst.js';
import { testCheck } from '../../testing/check-tester.js';

const f = ['rst-text'];

testCheck(rst, {
  fires: [
    { source: 'See :ref:`install`', target: 'Voir :ref: install', flags: f, message: /:ref: lost its backticks/ },
    { source: 'See :ref:`install`', target: 'Voir :ref:`installation`', flags: f, message: /missing or changed: :ref:install/ },
    { source: 'Visit `Python <https://python.org>`_', target: 'Visitez `Python <https://python.fr>`_', flags: f, message: /link:https:\/\/python\.org/ },
    { source: 'Use ``make``', target: 'Utilisez ``faire``', flags: f, message: /literal:make/ },
    { source: 'Click :guilabel:`Save`', target: 'Cliquez sur :guilabel:`Enregistrer', flags: f, message: /unbalanced backticks|missing/ },
  ],
  quiet: [
    { source: 'Click :guilabel:`Save`', target: 'Cliquez sur :guilabel:`Enregistrer`', flags: f, why: 'guilabel content is translated' },
    { source: 'See :ref:`install`', target: 'Voir :ref:`l’installation <install>`', flags: f, why: 'explicit target keeps the label' },
    { source: 'See `Python`_', target: 'Voir `le langage <Python_>`_', flags: f },
    { source: 'Use |project| now', target: 'Utilisez |project| maintenant', flags: f },
    { source: 'Note [1]_', target: 'Remarque [1]_', flags: f },
  ],
});
