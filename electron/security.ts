import type {
  BrowserWindowConstructorOptions,
  Input,
  MenuItemConstructorOptions,
  Session,
  WebContents,
} from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'ntm';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** True only for pages served by the app's own protocol. */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** DevTools only in development builds (`app.isPackaged` false); never in the installed app. */
export function secureWebPreferences(
  preloadFile: string,
  devBuild = false,
): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    devTools: devBuild,
    preload: preloadFile,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** No permission (camera, notifications, …) is ever granted. */
export function hardenSession(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Navigation away from the app and new windows are refused; an https link a person clicks is
 * handed to the system browser through the one checked path.
 */
export function hardenContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    safeOpenExternal(url, openExternal);
    return { action: 'deny' };
  });
}

/** Only plain https links leave the app, never file:, javascript: or custom schemes. */
export function safeOpenExternal(url: string, openExternal: (url: string) => void): boolean {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' || u.username || u.password) return false;
    openExternal(u.toString());
    return true;
  } catch {
    return false;
  }
}

/**
 * The window menu: in the installed app only editing and window roles (no Reload, no DevTools);
 * a development build adds the View menu with both.
 */
export function appMenuTemplate(devBuild: boolean): MenuItemConstructorOptions[] {
  const menu: MenuItemConstructorOptions[] = [
    {
      label: 'Sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    {
      label: 'Cửa sổ',
      submenu: [
        { role: 'minimize', label: 'Thu nhỏ' },
        { role: 'togglefullscreen', label: 'Toàn màn hình' },
        { role: 'close', label: 'Đóng' },
      ],
    },
  ];
  if (devBuild)
    menu.push({
      label: 'Phát triển',
      submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }],
    });
  return menu;
}

/** Reload (Ctrl+R, F5) and DevTools (Ctrl+Shift+I/J/C, F12) shortcuts: only a development build. */
export function isDevShortcut(input: Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'shift'>): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  const mod = input.control || input.meta;
  if (key === 'f5' || key === 'f12') return true;
  if (mod && key === 'r') return true;
  return mod && input.shift && ['i', 'j', 'c'].includes(key);
}

export function blockDevShortcuts(contents: Pick<WebContents, 'on'>): void {
  contents.on('before-input-event', (event, input) => {
    if (isDevShortcut(input)) event.preventDefault();
  });
}
