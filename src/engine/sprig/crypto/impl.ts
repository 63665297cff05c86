// The crypto functions' implementations: one module, loaded on demand (it carries elliptic curves,
// bcrypt, scrypt and AES, ~38 KB gzip, which charts without these functions should not pay for).
export { decryptAES, encryptAES } from './aes';
export {
  buildCustomCert,
  genCA,
  genCAWithKey,
  genSelfSignedCert,
  genSelfSignedCertWithKey,
  genSignedCert,
  genSignedCertWithKey,
} from './certificates';
export { generatePrivateKeyPem } from './keys';
export { fillKeyPools } from './keySource';
export { bcrypt, derivePassword, htpasswd } from './passwords';
