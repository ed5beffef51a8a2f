<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="pl-pl" lang="pl-pl"><head>
<meta http-equiv="content-type" content="text/html; charset=iso-8859-2" />
<meta name="robots" content="index, follow" />
<meta name="keywords" content="klaster, energetyka, Pomorze, OZE" />
<meta name="description" content="Pomorski Klaster Energetyczny – stowarzyszenie firm i uczelni z Pomorza" />
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>Pomorski Klaster Energetyczny</title>
<link href="/templates/rhuk_milkyway/css/template.css" rel="stylesheet" type="text/css" />
</head><body id="page_bg">
<div id="header"><div id="logo"><a href="/index.php">Pomorski Klaster Energetyczny</a></div></div>
<div id="tabarea"><table cellpadding="0" cellspacing="0" class="pill"><tr>
<td class="pill_m"><div id="pillmenu"><ul id="mainlevel-nav">
<li><a href="/index.php" class="mainlevel-nav">Strona główna</a></li>
<li><a href="/index.php?option=com_content&amp;task=blogcategory&amp;id=4&amp;Itemid=9" class="mainlevel-nav">Aktualności</a></li>
<li><a href="/index.php?option=com_content&amp;view=article&amp;id=2&amp;Itemid=3" class="mainlevel-nav">O klastrze</a></li>
<li><a href="/index.php?option=com_contact&amp;Itemid=5" class="mainlevel-nav">Kontakt</a></li>
</ul></div></td></tr></table></div>
<div id="whitebox"><table class="nopad"><tr valign="top">
<td id="leftcol"><div class="moduletable"><h3>Menu</h3><ul class="menu">
<li><a href="/index.php?option=com_content&amp;task=blogcategory&amp;id=4&amp;Itemid=9">Aktualności</a></li>
<li><a href="/index.php?option=com_content&amp;task=blogcategory&amp;id=6&amp;Itemid=11">Projekty unijne klastra</a></li>
<li><a href="/index.php?option=com_weblinks&amp;Itemid=14">Linki do instytucji otoczenia biznesu</a></li></ul></div>
<div class="moduletable"><h3>Logowanie</h3><form action="/index.php" method="post"><input type="text" name="username" /></form></div></td>
<td id="maincolumn"><p>Witamy na stronie stowarzyszenia.</p></td></tr></table></div>
<div id="footer"><p>Copyright &copy; 2008-2020 Pomorski Klaster Energetyczny. Wszelkie prawa zastrzeżone.</p>
<p><a href="http://www.joomla.org">Joomla!</a> jest wolnym oprogramowaniem wydanym na licencji GNU/GPL.</p></div>
</body></html>