#!/bin/sh
# Container entry point: bring the schema up to date, import the sample articles, then serve.
set -eu
cd /app
dotnet NewsCms.Web.dll migrate
# Import only when there are samples (an unmatched glob stays literal in sh).
for f in /app/samples/*.txt; do
    if [ -e "$f" ]; then
        dotnet NewsCms.Web.dll import /app/samples/*.txt
    fi
    break
done
exec dotnet NewsCms.Web.dll "$@"
