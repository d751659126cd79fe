# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN mkdir C:\app `
    && echo ok
USER ContainerAdministrator
