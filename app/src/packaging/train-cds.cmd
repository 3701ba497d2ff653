@echo off
rem Windows twin of train-cds.sh: one training run of the packaged app writes its class-data archive.
rem   usage: train-cds.cmd APP_IMAGE_DIR SCRATCH_DIR
setlocal
set "IMAGE=%~1"
set "SCRATCH=%~2"
if exist "%SCRATCH%" rmdir /s /q "%SCRATCH%"
mkdir "%SCRATCH%"
set "JAVA_TOOL_OPTIONS=-XX:ArchiveClassesAtExit=%IMAGE%\app\cchc-desk.jsa"
"%IMAGE%\cchc-desk.exe" --startup-probe --data-dir "%SCRATCH%\data"
set "JAVA_TOOL_OPTIONS="
if exist "%IMAGE%\app\cchc-desk.jsa" (
  >>"%IMAGE%\app\cchc-desk.cfg" echo java-options=-XX:SharedArchiveFile=$APPDIR\cchc-desk.jsa
  >>"%IMAGE%\app\cchc-desk.cfg" echo java-options=-Xshare:auto
)
endlocal
