# KosovoBot container image. Build from the repository root:
#   docker build -t kosovobot .
# Run one bot (console chat is off in a container; configure Discord and/or Slack by environment):
#   docker run --rm -e Discord__Token=... -p 8080:8080 kosovobot
# The knowledge is baked in at /app/knowledge; mount a folder there to serve your own (it is watched and reloaded).
# See docs/deploy.md.

# ---- build: restore, then publish ReadyToRun (precompiled: the first answer does not wait for the JIT) ----
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the project files only, so that a code change does not invalidate the package layer.
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY src/KosovoBot/KosovoBot.csproj src/KosovoBot/
COPY src/KosovoBot.Core/KosovoBot.Core.csproj src/KosovoBot.Core/
COPY src/KosovoBot.Retrieval/KosovoBot.Retrieval.csproj src/KosovoBot.Retrieval/
COPY src/KosovoBot.Discord/KosovoBot.Discord.csproj src/KosovoBot.Discord/
COPY src/KosovoBot.Slack/KosovoBot.Slack.csproj src/KosovoBot.Slack/
COPY src/KosovoBot.SemanticKernel/KosovoBot.SemanticKernel.csproj src/KosovoBot.SemanticKernel/
COPY src/KosovoBot.LocalModel/KosovoBot.LocalModel.csproj src/KosovoBot.LocalModel/
COPY src/KosovoBot.Redis/KosovoBot.Redis.csproj src/KosovoBot.Redis/
COPY src/KosovoBot.Storage/KosovoBot.Storage.csproj src/KosovoBot.Storage/
RUN dotnet restore src/KosovoBot/KosovoBot.csproj -r linux-x64 -p:PublishReadyToRun=true

COPY src/ src/
# The same command docs/deploy.md gives for checking the image's publish step without Docker.
# TieredPGO off: the instrumented tier costs a short-lived or bursty bot more than it gains (batch 2.3 -> 1.0 s).
RUN dotnet publish src/KosovoBot/KosovoBot.csproj -c Release -r linux-x64 --self-contained false --no-restore \
      -p:PublishReadyToRun=true -p:TieredPGO=false -o /app

# ---- runtime: ASP.NET Core runtime (the Slack HTTP mode and /metrics use Kestrel), non-root ----
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY knowledge/ ./knowledge/

# The image's built-in non-root user (APP_UID); it may write only its cache folder and data/ (the Storage:Path file:
# settings, audit trail, kept questions, limit counters; mount a volume there to keep them across containers).
RUN mkdir -p /app/.cache /app/data && chown "$APP_UID" /app/.cache /app/data
VOLUME /app/data
USER $APP_UID

ENV DOTNET_ENVIRONMENT=Production \
    Knowledge__Path=/app/knowledge \
    Web__ListenUrl=http://0.0.0.0:8080
EXPOSE 8080

# /healthz, /readyz and /metrics on 8080; Slack HTTP mode listens on Slack__HttpListenUrl (default port 3000).
ENTRYPOINT ["dotnet", "KosovoBot.dll"]
