# Builds the `graph` worker (src/Graph.Worker) into a slim runtime image.
#   docker build -t graph .
#   docker run --rm -e NEO4J_URI=... -e NEO4J_USERNAME=... -e NEO4J_PASSWORD=... graph run

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
# The schema and query files are embedded from cypher/ at build time.
COPY cypher/ cypher/
COPY src/ src/
RUN dotnet publish src/Graph.Worker/Graph.Worker.csproj \
      --configuration Release \
      --output /app \
      -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app ./
# The relative defaults inbox/, out/, dead-letter/ and state/ resolve under /data, where compose mounts them.
WORKDIR /data
# The non-root user that the .NET images provide.
USER $APP_UID
ENTRYPOINT ["dotnet", "/app/graph.dll"]
CMD ["run"]
