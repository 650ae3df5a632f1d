@echo off
rem The `cycle` command on Windows, run from the repository root: builds the command the first time,
rem then runs it. JAVA_OPTS is passed to the JVM. (Written for Windows; not run on the project's
rem Linux build machines: see docs/guida/README.md.)
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%cycle-cli\target\cycle.jar"
if not exist "%JAR%" (
  echo cycle: compilo il comando ^(mvnw.cmd -q -DskipTests install^)... 1>&2
  pushd "%HERE%"
  call mvnw.cmd -q -B -DskipTests install -pl cycle-cli -am 1>&2
  if errorlevel 1 ( popd & exit /b 2 )
  popd
)
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
