/**
 * Excel workbooks (.xlsx): one sheet's rows through Apache POI's streaming reader
 * ({@code XSSFReader} with {@code XSSFSheetXMLHandler}), each cell as Excel displays it in Italian
 * (POI's {@code DataFormatter}), so that a percentage stays "95%" and a number "1.234,5".
 */
package it.ciclo.office.xlsx;
