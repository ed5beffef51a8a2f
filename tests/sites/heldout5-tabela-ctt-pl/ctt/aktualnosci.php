<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">
<title>Centrum Transferu Technologii Uniwersytetu Nadwiślańskiego - Aktualności</title>
<link rel="stylesheet" href="/ctt/style.css" type="text/css">
<script language="JavaScript" src="/ctt/menu.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="900" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3" bgcolor="#003366" height="90"><img src="/ctt/img/naglowek.jpg" width="900" height="90" alt="Centrum Transferu Technologii Uniwersytetu Nadwiślańskiego"></td></tr>
<tr><td colspan="3" bgcolor="#E0E8F0" class="pasek"><font size="1" face="Verdana">&nbsp;<a href="/">Uniwersytet Nadwiślański</a> &raquo; <a href="/ctt/">CTT</a></font></td></tr>
<tr valign="top">
<td width="180" bgcolor="#F3F6F9" class="menu">
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td class="menu"><a href="/ctt/">Strona główna</a></td></tr>
<tr><td class="menu"><a href="/ctt/aktualnosci.php">Aktualności</a></td></tr>
<tr><td class="menu"><a href="/ctt/oferta.php">Oferta technologiczna</a></td></tr>
<tr><td class="menu"><a href="/ctt/patenty.php">Patenty</a></td></tr>
<tr><td class="menu"><a href="/ctt/spinoff.php">Spółki spin-off</a></td></tr>
<tr><td class="menu"><a href="/ctt/kontakt.php">Kontakt</a></td></tr>
</table><br><center><a href="http://www.uprp.gov.pl"><img src="/ctt/img/uprp.gif" border="0" alt="UPRP"></a></center>
</td>
<td width="10">&nbsp;</td>
<td width="710" class="tresc">
<font face="Verdana" size="3" color="#003366"><b>Aktualności</b></font><table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td width="90" valign="top"><font face="Verdana" size="1" color="#666666">2024-04-22</font></td><td><font face="Verdana" size="2"><a href="/ctt/pokaz.php?id=143"><b>Złoty medal w Genewie dla zespołu z Wydziału Chemii</b></a><br>Biodegradowalna folia opakowaniowa z łusek gryki, opracowana przez zespół dr hab. Marty Zielińskiej, zdobyła złoty medal na Międzynarodowej Wystawie W...</font></td></tr>
<tr><td colspan="2"><hr size="1" color="#EEEEEE"></td></tr><tr><td width="90" valign="top"><font face="Verdana" size="1" color="#666666">2024-04-18</font></td><td><font face="Verdana" size="2"><a href="/ctt/pokaz.php?id=141"><b>Spin-off BioSens zwycięzcą konkursu Start-up Technologiczny Roku 2024</b></a><br>Spółka BioSens, założona przez naukowców z Wydziału Biologii i Biotechnologii, zajęła pierwsze miejsce w ogólnopolskim konkursie Start-up Technologicz...</font></td></tr>
<tr><td colspan="2"><hr size="1" color="#EEEEEE"></td></tr><tr><td width="90" valign="top"><font face="Verdana" size="1" color="#666666">2024-04-05</font></td><td><font face="Verdana" size="2"><a href="/ctt/pokaz.php?id=140"><b>Granty na weryfikację koncepcji dla trzech zespołów</b></a><br>Trzy zespoły badawcze otrzymały granty na weryfikację koncepcji w wewnętrznym konkursie prowadzonym przez Centrum....</font></td></tr>
<tr><td colspan="2"><hr size="1" color="#EEEEEE"></td></tr><tr><td width="90" valign="top"><font face="Verdana" size="1" color="#666666">2024-03-25</font></td><td><font face="Verdana" size="2"><a href="/ctt/pokaz.php?id=138"><b>Wyróżnienie dla doktorantki w konkursie na najlepszy projekt wdrożeniowy</b></a><br>Mgr inż. Joanna Wrona, doktorantka Szkoły Doktorskiej Nauk Technicznych, otrzymała wyróżnienie w konkursie Fundacji Rozwoju Nauki na najlepszy projekt...</font></td></tr>
<tr><td colspan="2"><hr size="1" color="#EEEEEE"></td></tr><tr><td width="90" valign="top"><font face="Verdana" size="1" color="#666666">2024-03-11</font></td><td><font face="Verdana" size="2"><a href="/ctt/pokaz.php?id=136"><b>Szkolenie: ochrona patentowa wyników badań – edycja III</b></a><br>Po dużym zainteresowaniu poprzednią edycją organizujemy trzecie szkolenie z ochrony patentowej, tym razem dla Wydziału Nauk Technicznych....</font></td></tr>
<tr><td colspan="2"><hr size="1" color="#EEEEEE"></td></tr></table><p align="center"><font face="Verdana" size="1">Strona: <b>1</b> <a href="/ctt/aktualnosci.php?strona=2">2</a> <a href="/ctt/aktualnosci.php?strona=2">następna &raquo;</a></font></p>
</td></tr>
<tr><td colspan="3" bgcolor="#003366" align="center"><font color="#FFFFFF" size="1" face="Verdana">Centrum Transferu Technologii Uniwersytetu Nadwiślańskiego, ul. Akademicka 12, 87-100 Toruń, tel. (56) 600 00 00, e-mail: ctt@un.example.pl</font></td></tr>
</table>
</body>
</html>