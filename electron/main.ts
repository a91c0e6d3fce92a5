import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import fs from 'node:fs';
import { resolveAppPaths } from './paths';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, hardenContents, hardenSession, secureWebPreferences } from './security';
import { contentSecurityPolicy, injectMeta, makeNonce } from './csp';
import { mimeOf, resolveStaticFile } from './static-files';
import { registerApi } from './ipc/register';
import { createServiceContext } from './app-context';
import type { PlatformHooks } from './services/context';

/**
 * The thin desktop shell: the only module (with preload and paths) that touches Electron.
 * Everything it owns (dialogs, paths) is passed into plain-Node services.
 */
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// Vietnamese UI locale whatever the Windows display language: date fields read dd/mm/yyyy.
app.commandLine.appendSwitch('lang', 'vi');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('web-contents-created', (_e, contents) => hardenContents(contents, (url) => void shell.openExternal(url)));
  app.on('window-all-closed', () => app.quit());

  app.whenReady().then(async () => {
    const paths = resolveAppPaths(app);
    const nonce = makeNonce();
    const csp = contentSecurityPolicy(nonce);
    hardenSession(session.defaultSession);

    protocol.handle(APP_SCHEME, (request) => {
      const url = new URL(request.url);
      const file = url.host === APP_HOST ? resolveStaticFile(paths.rendererDir, url.pathname) : null;
      if (!file) return new Response('Không tìm thấy.', { status: 404 });
      let body: Buffer | string = fs.readFileSync(file);
      if (file.endsWith('.html')) body = injectMeta(body.toString('utf8'), { 'csp-nonce': nonce });
      return new Response(body, { headers: { 'Content-Type': mimeOf(file), 'Content-Security-Policy': csp } });
    });

    const platform: PlatformHooks = {
      async chooseSavePath(defaultName, filters) {
        const r = await dialog.showSaveDialog({ defaultPath: defaultName, filters });
        return r.canceled || !r.filePath ? null : r.filePath;
      },
      async chooseOpenPaths(filters) {
        const r = await dialog.showOpenDialog({ properties: ['openFile', 'multiSelections'], filters });
        return r.canceled ? [] : r.filePaths;
      },
      async openPath(p) {
        await shell.openPath(p);
      },
    };

    let ctx;
    try {
      ctx = await createServiceContext({
        dbPath: paths.dbPath,
        dataDir: paths.dataDir,
        migrationsDir: paths.migrationsDir,
        geoDir: paths.geoDir,
        appVersion: app.getVersion(),
        platform,
      });
    } catch (e) {
      const message = e instanceof Error && 'code' in e ? e.message : 'Không mở được cơ sở dữ liệu.';
      dialog.showErrorBox('NTM Office', `${message}\n\nTệp dữ liệu: ${paths.dbPath}`);
      app.quit();
      return;
    }
    registerApi(ipcMain, ctx);
    app.on('before-quit', () => ctx.close());

    win = new BrowserWindow({
      width: 1360,
      height: 860,
      title: 'NTM Office – Văn phòng Điều phối nông thôn mới',
      show: false,
      webPreferences: secureWebPreferences(paths.preloadFile),
    });
    win.once('ready-to-show', () => win?.show());
    await win.loadURL(`${APP_ORIGIN}/index.html`);
  });
}
