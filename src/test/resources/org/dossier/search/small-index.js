window.DOSSIER_SEARCH={"a":[["articles/talks.html","Talks in \"Geneva\" \u003cresume>","Daily Wire · 2025-03-14",[["","Envoys met again."],["p1","Sergei Lavrov spoke."]]],
["articles/sanctions.html","Sanctions & trade","",[["p1","Lavrov denied it."]]]],
"e":[["people/sergei-lavrov.html","Sergei Lavrov","person",["Lavrov"],[0,1]]]};
