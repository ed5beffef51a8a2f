<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">
<meta name="keywords" content="izba, gospodarcza, Kalisz, Ostrów, przedsiębiorcy, szkolenia, eksport">
<title>Strona główna :: IPH Południowej Wielkopolski</title>
<link rel="stylesheet" href="css/styl.css" type="text/css">
<script type="text/javascript" src="js/menu.js"></script>
</head>
<body bgcolor="#e8e8e8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="960" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#ffffff">
<tr><td colspan="3" height="90" background="img/naglowek.jpg"><a href="index.php"><img src="img/logo_iph.gif" width="320" height="80" alt="Izba Przemysłowo-Handlowa Południowej Wielkopolski" border="0"></a>
<div class="aktualizacja">Ostatnia aktualizacja serwisu: 2026-03-20</div></td></tr>
<tr><td colspan="3" class="menu" bgcolor="#003366">&nbsp;<a href="index.php" class="menu">Strona główna</a> | <a href="aktualnosci.php" class="menu">Aktualności</a> | <a href="o_izbie.php" class="menu">O Izbie</a> | <a href="czlonkowie.php" class="menu">Członkowie</a> | <a href="kontakt.php" class="menu">Kontakt</a></td></tr>
<tr>
<td width="190" valign="top" class="lewa">
<table width="100%" cellpadding="4" cellspacing="0" class="ramka"><tr><th class="ramka_tyt">Ostatnio dodane</th></tr>
<tr><td class="maly"><span class="data">2026-03-19</span><br><a href="aktualnosci.php?id=419">30 lat Izby – zapraszamy na jubileusz</a></td></tr>
<tr><td class="maly"><span class="data">2026-03-16</span><br><a href="aktualnosci.php?id=417">Znamy laureatów Kaliskiego Lidera Biznesu 2026</a></td></tr>
<tr><td class="maly"><span class="data">2026-03-12</span><br><a href="aktualnosci.php?id=414">Srebrna Odznaka ESCA dla Klastra Lotniczego Doliny Prosny</a></td></tr>
<tr><td class="maly"><span class="data">2026-03-02</span><br><a href="aktualnosci.php?id=412">Klaster Metalowy Ziemi Kaliskiej z tytułem Krajowego Klastra Kluczowego</a></td></tr>
<tr><td class="maly"><span class="data">2026-02-25</span><br><a href="aktualnosci.php?id=410">Nordvik Components zbuduje zakład w Kaliskiej Strefie</a></td></tr>
</table>
<br><table width="100%" cellpadding="4" cellspacing="0" class="ramka"><tr><th class="ramka_tyt">Sonda</th></tr><tr><td class="maly">Czy Twoja firma planuje eksport w 2026 r.?<br><input type="radio" name="s"> tak <input type="radio" name="s"> nie<br><input type="submit" value="Głosuj"></td></tr></table>
<br><table width="100%" class="ramka"><tr><td class="maly">Licznik odwiedzin: 218 407<br>Online: 3</td></tr></table>
</td>
<td width="580" valign="top" class="srodek">
<h1 class="tytul">Witamy na stronie Izby</h1><p>Zrzeszamy ponad 180 firm z Kalisza, Ostrowa Wielkopolskiego i okolic.</p><h2>Najnowsze wiadomości</h2><table width="100%" cellpadding="5" cellspacing="0" class="lista">
<tr><td class="lista_data" width="90">2026-03-19</td><td class="lista"><a href="aktualnosci.php?id=419"><b>30 lat Izby – zapraszamy na jubileusz</b></a><br>W tym roku mija trzydzieści lat od założenia naszej Izby przez grupę kaliskich rzemieślników i kupców. Z tej okazji zapraszamy członków i pa... <a href="aktualnosci.php?id=419">więcej &raquo;</a></td></tr>
<tr><td class="lista_data" width="90">2026-03-16</td><td class="lista"><a href="aktualnosci.php?id=417"><b>Znamy laureatów Kaliskiego Lidera Biznesu 2026</b></a><br>Kapituła konkursu Kaliski Lider Biznesu 2026 wybrała laureatów dwudziestej edycji. Tytuł w kategorii dużych firm otrzymała Drukarnia Offseto... <a href="aktualnosci.php?id=417">więcej &raquo;</a></td></tr>
<tr><td class="lista_data" width="90">2026-03-12</td><td class="lista"><a href="aktualnosci.php?id=414"><b>Srebrna Odznaka ESCA dla Klastra Lotniczego Doliny Prosny</b></a><br>Klaster Lotniczy Doliny Prosny, w którego radzie zasiada przedstawiciel Izby, otrzymał Srebrną Odznakę Doskonałości Zarządzania Klastrem (Si... <a href="aktualnosci.php?id=414">więcej &raquo;</a></td></tr>
<tr><td class="lista_data" width="90">2026-03-02</td><td class="lista"><a href="aktualnosci.php?id=412"><b>Klaster Metalowy Ziemi Kaliskiej z tytułem Krajowego Klastra Kluczowego</b></a><br>Z radością informujemy, że Klaster Metalowy Ziemi Kaliskiej, którego koordynatorem od 2017 roku jest nasza Izba, znalazł się w gronie Krajow... <a href="aktualnosci.php?id=412">więcej &raquo;</a></td></tr>
</table><p><a href="aktualnosci.php">Wszystkie aktualności &raquo;</a></p>
</td>
<td width="190" valign="top" class="prawa">
<table width="100%" cellpadding="4" class="ramka"><tr><th class="ramka_tyt">Kalendarz Izby</th></tr>
<tr><td class="maly"><b>04.03.2026</b> – Śniadanie Biznesowe nr 15</td></tr>
<tr><td class="maly"><b>25.04.2026</b> – Gala 30-lecia Izby</td></tr>
<tr><td class="maly"><b>12.05.2026</b> – Misja gospodarcza do Saksonii</td></tr></table>
<br><a href="http://www.kaliskie-targi.example/"><img src="img/baner_targi.gif" width="180" height="150" alt="Targi Kaliskie" border="0"></a>
</td>
</tr>
<tr><td colspan="3" class="stopka" align="center">Izba Przemysłowo-Handlowa Południowej Wielkopolski &middot; ul. Górnośląska 7, 62-800 Kalisz &middot; tel. (62) 757 31 20 &middot; biuro@iph-pw.example<br>&copy; 2002-2026 Wszelkie prawa zastrzeżone | Projekt: WebStudio Kalisz</td></tr>
</table>
</body>
</html>
