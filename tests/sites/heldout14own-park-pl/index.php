<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Park Naukowo-Technologiczny Warmia :: Start</title></head>
<body><table width="100%" class="uklad"><tr><td class="lewa" width="200"><a href="/index.php">Park Naukowo-Technologiczny Warmia</a>
<ul><li><a href="/wiadomosci.php">Wiadomości</a></li><li><a href="/lokatorzy.php">Lokatorzy</a></li></ul></td>
<td class="prawa"><h1>Park Naukowo-Technologiczny Warmia</h1><a href="/wiadomosci.php">Wiadomości</a></td></tr></table>
<div class="stopka">Park Naukowo-Technologiczny Warmia, ul. Składowa 2, Olsztyn · tel. 89 000 00 00</div></body></html>
