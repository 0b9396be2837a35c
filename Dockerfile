# The dashboard's production server as a container image: built in one stage, run from a second with
# production dependencies only, as the unprivileged `node` user. e2e/production-install.spec.ts runs
# the runtime stage's steps on every test run (Docker itself is not on the CI machines).
#
#   docker build -t zero-touch-batches .
#   docker run -p 8080:8080 -e AUTH_CLIENT_ID=… -e AUTH_AUTHORITY=… -e ALLOWED_HOSTS=… zero-touch-batches
ARG NODE_VERSION=22.23.3

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The app into dist/, the server into dist-server/; source maps stay behind in this stage.
RUN npm run build && find dist dist-server -name '*.map' -delete

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/dist-server ./dist-server
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM stops it gracefully: open requests finish, then it exits 0.
CMD ["node", "dist-server/main.js"]
