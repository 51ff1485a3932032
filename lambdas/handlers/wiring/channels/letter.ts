import { s3 } from '../../../adapters/aws-clients/s3';
import { FolderLetterStorage } from '../../../adapters/messaging/folder-letter-storage';
import { LetterSender } from '../../../adapters/messaging/letter-sender';
import { S3LetterStorage } from '../../../adapters/messaging/s3-letter-storage';
import type { PlatformConfig } from '../../../config/config';

export function letterStorage(config: PlatformConfig) {
  const destination = config.letterDestination;
  return destination.kind === 'folder'
    ? new FolderLetterStorage(destination.folder)
    : new S3LetterStorage(s3(), destination.bucket, destination.keyArn);
}

export function letterSender(config: PlatformConfig): LetterSender {
  return new LetterSender(letterStorage(config));
}
