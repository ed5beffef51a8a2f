<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8">
<title>Start :: Lubuski Klaster Metalowy</title>
<meta name="description" content="Lubuski Klaster Metalowy – współpraca firm branży metalowej w regionie.">
<link rel="stylesheet" href="/Content/site.css">
</head><body class="layout-default">
<form id="aspnetForm" action="/Default.aspx" method="post"><input type="hidden" name="__VIEWSTATE" value="dDwtMTA4NzI"></form>
<div class="top"><a class="logo" href="/Default.aspx"><img src="/img/logo.png" alt="Lubuski Klaster Metalowy"></a>
<ul class="menu"><li><a href="/Default.aspx">Start</a></li><li><a href="/Aktualnosci.aspx">Aktualności</a></li><li><a href="/Czlonkowie.aspx">Członkowie</a></li><li><a href="/Kontakt.aspx">Kontakt</a></li></ul></div>
<div class="kolumny"><div class="lewa"><div class="ramka"><div class="ramka-tytul">Newsletter</div><p>Zapisz się, aby otrzymywać informacje o szkoleniach i targach.</p></div>
<div class="ramka"><div class="ramka-tytul">Biuro klastra</div><p>ul. Przemysłowa 4, 65-001 Zielona Góra, tel. 68 320 11 40</p></div></div>
<div class="srodek"><h1>Witamy</h1><p>Klaster skupia firmy branży metalowej.</p><p><a href="/Aktualnosci.aspx">Aktualności</a></p></div></div>
<div class="stopka">© 2024 Lubuski Klaster Metalowy. Projekt współfinansowany ze środków Unii Europejskiej. <a href="/Polityka.aspx">Polityka prywatności</a></div>
</body></html>
