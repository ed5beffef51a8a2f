<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"><title>Podkarpacka Izba Gospodarcza</title></head>
<body><div id="naglowek"><h1>Podkarpacka Izba Gospodarcza</h1></div>
<div id="menu-glowne"><ul>
<li><a href="/index.php">Strona główna</a></li>
<li><a href="/index.php?option=com_content&amp;view=category&amp;id=7">Aktualności</a></li>
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=3">Regulamin konkursu o Złotą Statuetkę Izby – pełna treść dokumentu</a></li>
<li><a href="/kontakt.php">Kontakt z biurem Izby w Rzeszowie</a></li>
</ul></div>
<table width="100%"><tr><td id="srodek" valign="top"><p>Witamy na stronie Izby.</p></td>
<td id="prawa" width="200" valign="top"><div class="moduletable"><h3>Kalendarz</h3>
<a href="/kalendarz.php?rok=2021&amp;mies=6">Czerwiec 2021 – terminy szkoleń i spotkań</a></div>
<div class="moduletable"><h3>Partnerzy</h3><a href="/partnerzy.php?id=4">Regionalny Fundusz Poręczeniowy w Rzeszowie</a></div></td></tr></table>
<div id="stopka">Copyright &copy; 2021 Podkarpacka Izba Gospodarcza, ul. Długa 5, Rzeszów.
<a href="/polityka-prywatnosci.php">Polityka prywatności i plików cookies</a></div></body></html>