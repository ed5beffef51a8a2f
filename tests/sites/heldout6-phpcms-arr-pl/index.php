<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="pl" lang="pl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Strona główna - ARR Nadwarcie</title>
<meta name="keywords" content="agencja rozwoju, Koło, Konin, Turek, pożyczki, dotacje, innowacje" />
<link rel="stylesheet" type="text/css" href="css/styl.css?v=2019" />
<script type="text/javascript" src="js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="js/menu.js"></script>
</head>
<body>
<div id="kontener">
<div id="naglowek"><a href="index.php"><img src="img/logo_arr.gif" alt="Agencja Rozwoju Regionalnego „Nadwarcie” S.A." width="310" height="82" /></a>
<div id="wersja"><a href="index.php?kontrast=1">Wersja kontrastowa</a> | <a href="mapa.php">Mapa strony</a> | <a href="http://bip.arr-nadwarcie.example/">BIP</a></div></div>
<div id="menu"><ul><li><a href="index.php">Strona główna</a></li><li><a href="o_agencji.php">O Agencji</a></li><li class="aktywny"><a href="aktualnosci.php">Aktualności</a></li><li><a href="pozyczki.php">Pożyczki</a></li><li><a href="dotacje.php">Dotacje</a></li><li><a href="inwestorzy.php">Obsługa inwestora</a></li><li><a href="kontakt.php">Kontakt</a></li></ul></div>
<div id="tresc">
<h1>Witamy na stronie Agencji</h1><p>Wspieramy przedsiębiorców z Nadwarcia od 1994 roku.</p><p><a href="aktualnosc.php?id=1221">Bon na innowacje – IV nabór wniosków</a> <span class="kiedy">13.05.2024 r.</span></p><p><a href="aktualnosc.php?id=1216">Znamy laureatów konkursu „Nadwarciański Innowator 2024”</a> <span class="kiedy">06.05.2024 r.</span></p><p><a href="aktualnosc.php?id=1211">Lista projektów wybranych do dofinansowania w III naborze Bonu na innowacje</a> <span class="kiedy">29.04.2024 r.</span></p></div>
<div id="prawa">
<div class="ramka"><h3>Ostatnio dodane</h3><ul class="najnowsze"><li><a href="aktualnosc.php?id=1221">Bon na innowacje – IV nabór wniosków</a><br /><span class="kiedy">dodano: 3 dni temu</span></li><li><a href="aktualnosc.php?id=1216">Znamy laureatów konkursu „Nadwarciański Innowator 2024”</a><br /><span class="kiedy">dodano: 10 dni temu</span></li><li><a href="aktualnosc.php?id=1211">Lista projektów wybranych do dofinansowania w III naborze Bonu na innowacje</a><br /><span class="kiedy">dodano: 2 tyg. temu</span></li><li><a href="aktualnosc.php?id=1209">Lumeris Optics Inwestorem Roku Nadwarcia 2024</a><br /><span class="kiedy">dodano: 4 tyg. temu</span></li></ul></div>
<div class="ramka"><h3>Newsletter</h3><form action="newsletter.php" method="post"><input type="text" name="email" value="Twój e-mail" /><input type="submit" value="Zapisz" /></form></div>
<div class="ramka baner"><a href="pozyczki.php"><img src="img/baner_pozyczki.jpg" alt="Pożyczki dla firm z Nadwarcia" width="220" height="140" /></a></div>
</div>
<div id="stopka">Agencja Rozwoju Regionalnego „Nadwarcie” S.A., ul. Sienkiewicza 31, 62-600 Koło, tel. 63 272 40 00, e-mail: biuro@arr-nadwarcie.example<br />
Projekt i wykonanie: WebStudio Konin &copy; 2009-2024 | <a href="polityka.php">Polityka prywatności</a></div>
</div>
</body>
</html>
