Office.onReady();
