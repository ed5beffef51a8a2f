<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lower Vistula Development Agency :: Lower Vistula Development Agency</title></head>
<body><form id="aspnetForm" method="post" action="./News.aspx"><div id="wrapper"><div id="top"><a href="/Default.aspx">Lower Vistula Development Agency</a></div>
<div id="menu"><ul><li><a href="/Default.aspx">Home</a></li><li><a href="/News.aspx">News</a></li><li><a href="/Contact.aspx">Contact</a></li></ul></div>
<div id="ctl00_ContentPlaceHolder1_pnlContent" class="contentarea"><h1>Lower Vistula Development Agency</h1><p><a href="/News.aspx">News</a></p></div>
<div id="bottom"><p>Lower Vistula Development Agency · 7 Bridge Street, Torun</p></div></div></form></body></html>
