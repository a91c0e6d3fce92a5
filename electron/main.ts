import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import fs from 'node:fs';
import { resolveAppPaths } from './paths';
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  appMenuTemplate,
  blockDevShortcuts,
  hardenContents,
  hardenSession,
  secureWebPreferences,
} from './security';
import { startupErrorMessage } from './startup-errors';
import { contentSecurityPolicy, injectMeta, makeNonce } from './csp';
import { mimeOf, resolveStaticFile } from './static-files';
import { registerApi } from './ipc/register';
import { createServiceContext } from './app-context';
import type { PlatformHooks } from './services/context';
import { printPageHook } from './print';

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
  // Reload and DevTools only in a development build, never in the installed app.
  const devBuild = !app.isPackaged;
  app.on('web-contents-created', (_e, contents) => {
    hardenContents(contents, (url) => void shell.openExternal(url));
    if (!devBuild) blockDevShortcuts(contents);
  });
  app.on('window-all-closed', () => app.quit());

  app.whenReady().then(async () => {
    const paths = resolveAppPaths(app);
    const nonce = makeNonce();
    const csp = contentSecurityPolicy(nonce);
    hardenSession(session.defaultSession);
    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(devBuild)));

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
      async chooseFolder(title) {
        const r = await dialog.showOpenDialog({ title, properties: ['openDirectory', 'createDirectory'] });
        return r.canceled || !r.filePaths[0] ? null : r.filePaths[0];
      },
    };
    platform.printPage = printPageHook(() => win?.webContents ?? null, platform.chooseSavePath!);

    let ctx;
    try {
      ctx = await createServiceContext({
        dbPath: paths.dbPath,
        dataDir: paths.dataDir,
        migrationsDir: paths.migrationsDir,
        nationalDir: paths.nationalDir,
        geoDir: paths.geoDir,
        appVersion: app.getVersion(),
        platform,
        // A damaged, foreign or newer file opens the window on the recovery screen instead.
        recoverDamaged: true,
      });
    } catch (e) {
      console.error('[start]', e);
      dialog.showErrorBox('NTM Office', startupErrorMessage(e, paths.dbPath));
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
      webPreferences: secureWebPreferences(paths.preloadFile, devBuild),
    });
    win.once('ready-to-show', () => win?.show());
    await win.loadURL(`${APP_ORIGIN}/index.html`);
  });
}
