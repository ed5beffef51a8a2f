<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8">
<title>Aktualności :: Lubuski Klaster Metalowy</title>
<meta name="description" content="Lubuski Klaster Metalowy – współpraca firm branży metalowej w regionie.">
<link rel="stylesheet" href="/Content/site.css">
</head><body class="layout-default">
<form id="aspnetForm" action="/Default.aspx" method="post"><input type="hidden" name="__VIEWSTATE" value="dDwtMTA4NzI"></form>
<div class="top"><a class="logo" href="/Default.aspx"><img src="/img/logo.png" alt="Lubuski Klaster Metalowy"></a>
<ul class="menu"><li><a href="/Default.aspx">Start</a></li><li><a href="/Aktualnosci.aspx">Aktualności</a></li><li><a href="/Czlonkowie.aspx">Członkowie</a></li><li><a href="/Kontakt.aspx">Kontakt</a></li></ul></div>
<div class="kolumny"><div class="lewa"><div class="ramka"><div class="ramka-tytul">Newsletter</div><p>Zapisz się, aby otrzymywać informacje o szkoleniach i targach.</p></div>
<div class="ramka"><div class="ramka-tytul">Biuro klastra</div><p>ul. Przemysłowa 4, 65-001 Zielona Góra, tel. 68 320 11 40</p></div></div>
<div class="srodek"><h1 class="lista-tytul">Aktualności</h1><div class="lista"><div class="lista-pozycja"><h2><a href="/Wiadomosc.aspx?id=101">Nagroda Lubuski Lider Innowacji dla klastra</a></h2><span class="lista-data">14.05.2024</span><p>Nagroda dla klastra.</p></div><div class="lista-pozycja"><h2><a href="/Wiadomosc.aspx?id=102">Spotkanie członków w Nowej Soli</a></h2><span class="lista-data">06.05.2024</span><p>Spotkanie w Nowej Soli.</p></div><div class="lista-pozycja"><h2><a href="/Wiadomosc.aspx?id=103">Nowe firmy w klastrze</a></h2><span class="lista-data">23.04.2024</span><p>Cztery nowe firmy.</p></div><div class="lista-pozycja"><h2><a href="/Wiadomosc.aspx?id=104">Wyniki ankiety o potrzebach szkoleniowych</a></h2><span class="lista-data">09.04.2024</span><p>Tematy szkoleń.</p></div></div><div class="stronicowanie">Strona 1 z 2 <a href="/Aktualnosci.aspx?strona=2">następna »</a></div></div></div>
<div class="stopka">© 2024 Lubuski Klaster Metalowy. Projekt współfinansowany ze środków Unii Europejskiej. <a href="/Polityka.aspx">Polityka prywatności</a></div>
</body></html>
