<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="pl" lang="pl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Aktualności - ARR Nadwarcie</title>
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
<div class="sciezka">Jesteś w: <a href="index.php">Strona główna</a> &raquo; Aktualności</div><h1>Aktualności</h1>
<div class="zajawka"><h2><a href="aktualnosc.php?id=1221">Bon na innowacje – IV nabór wniosków</a></h2>
<div class="info">dodano: 3 dni temu <span class="data-pelna">(13.05.2024 r.)</span></div>
<p>Od 3 do 28 czerwca 2024 r. potrwa czwarty nabór wniosków w programie „Bon na innowacje Nadwarcia”. Do podziału jest 1,2 mln zł....</p>
<a class="wiecej" href="aktualnosc.php?id=1221">czytaj więcej &raquo;</a></div>
<div class="zajawka"><h2><a href="aktualnosc.php?id=1216">Znamy laureatów konkursu „Nadwarciański Innowator 2024”</a></h2>
<div class="info">dodano: 10 dni temu <span class="data-pelna">(06.05.2024 r.)</span></div>
<p>Kapituła konkursu „Nadwarciański Innowator 2024” wybrała laureatów dziewiątej edycji. W kategorii jednostka naukowa zwyciężył Instytut Inżynierii Powierzchni w Turku za powłokę ochronną łopat turbin wiatrowych....</p>
<a class="wiecej" href="aktualnosc.php?id=1216">czytaj więcej &raquo;</a></div>
<div class="zajawka"><h2><a href="aktualnosc.php?id=1211">Lista projektów wybranych do dofinansowania w III naborze Bonu na innowacje</a></h2>
<div class="info">dodano: <span class="data-pelna">29.04.2024 r.</span>, godz. 13:05</div>
<p>Zarząd Agencji zatwierdził listę rankingową wniosków złożonych w III naborze programu „Bon na innowacje Nadwarcia”. Dofinansowanie otrzyma 27 z 44 ocenionych projektów....</p>
<a class="wiecej" href="aktualnosc.php?id=1211">czytaj więcej &raquo;</a></div>
<div class="zajawka"><h2><a href="aktualnosc.php?id=1209">Lumeris Optics Inwestorem Roku Nadwarcia 2024</a></h2>
<div class="info">dodano: <span class="data-pelna">16.04.2024 r.</span>, godz. 14:00</div>
<p>Tytuł Inwestora Roku Nadwarcia 2024 otrzymała spółka Lumeris Optics ze Szczecina, która w ubiegłym roku uruchomiła w Kole zakład powlekania soczewek do kamer termowizyjnych....</p>
<a class="wiecej" href="aktualnosc.php?id=1209">czytaj więcej &raquo;</a></div>
<div class="zajawka"><h2><a href="aktualnosc.php?id=1204">Gratulacje dla Nadwarciańskiego Klastra Wodorowego</a></h2>
<div class="info">dodano: <span class="data-pelna">19.03.2024 r.</span>, godz. 12:30</div>
<p>Z radością informujemy, że Nadwarciański Klaster Wodorowy, którego Agencja jest członkiem założycielem, zdobył Złotą Gwiazdę Jakości European Cluster Quality Circle....</p>
<a class="wiecej" href="aktualnosc.php?id=1204">czytaj więcej &raquo;</a></div>
<div class="zajawka"><h2><a href="aktualnosc.php?id=1199">Bon na innowacje – III nabór wniosków</a></h2>
<div class="info">dodano: <span class="data-pelna">04.03.2024 r.</span>, godz. 10:00</div>
<p>Informujemy, że od 18 marca do 12 kwietnia 2024 r. przyjmujemy wnioski w trzecim naborze programu „Bon na innowacje Nadwarcia”. Bon o wartości do 60...</p>
<a class="wiecej" href="aktualnosc.php?id=1199">czytaj więcej &raquo;</a></div>
<div class="stronicowanie">Strona: <b>1</b> <a href="aktualnosci.php?str=2">2</a> <a href="aktualnosci.php?str=2">następna &raquo;</a></div>
</div>
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
