window.pageValue = 21;
