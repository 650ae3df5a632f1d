@echo off
rem Ciclo: the `cycle` command on Windows, as shipped in the release archive. Runs cycle.jar next to
rem this file and builds nothing. Needs Java 17 or later: see LEGGIMI.md (README.md in English).
rem JAVA_OPTS is passed to the JVM. Text on the console follows its code page; write documents with
rem --output FILE (UTF-8), not with > (PowerShell 5.1 would re-encode them).
setlocal
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
where "%JAVA%" >nul 2>nul
if errorlevel 1 if not exist "%JAVA%" (
  echo cycle: Java non trovato. Installare Java 17 o successivo: vedere LEGGIMI.md. 1>&2
  echo cycle: Java not found. Install Java 17 or later: see README.md. 1>&2
  exit /b 2
)
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %JAVA_OPTS% -jar "%~dp0cycle.jar" %*
exit /b %ERRORLEVEL%
